import Foundation
import Testing

@testable import NewsgrabArchive

/// Bodies written for these tests: two stories on one event, and a brief.
enum CopyTexts {
  static let ferry = """
    The harbour ferry between the old town and the island resumed service on Monday morning after a \
    three-week pause caused by a cracked propeller shaft, the operator announced in a short notice.

    Commuters who had been taking the long bus route around the bay said the return of the boat would \
    cut their journey by almost forty minutes each way. The first crossing left at six and was full.

    Engineers replaced the shaft at the shipyard on the northern shore, where the vessel was lifted out \
    of the water with a floating crane borrowed from a neighbouring port for the occasion.

    The operator said timetables would return to normal by the weekend, and that a second boat ordered \
    last spring is expected to join the route before the summer season begins in earnest.

    Fares remain unchanged, although the council has said it will review the subsidy in the autumn \
    budget, a decision that island residents have already promised to contest at the next meeting.
    """

  /// Another story on the same ferry, in other words.
  static let ferryReview = """
    Island residents packed the council chamber on Thursday evening to argue against any cut to the \
    subsidy that keeps the harbour ferry affordable for pupils, pensioners and shift workers alike.

    Speaker after speaker described the weeks without the boat as a lesson in how isolated the island \
    becomes, with shops short of bread and the clinic forced to reschedule dozens of appointments.

    The finance committee chair replied that no decision had been taken and that every option, \
    including a higher fare at peak times, would be costed and published before the vote.

    A petition with more than two thousand signatures was handed to the mayor at the end of the session, \
    and organisers said they would return in the autumn with a proposal of their own.
    """

  static let brief = "The ferry runs again from Monday. Tickets are sold on board and online."
}

@Suite("Copy signatures")
struct CopySignatureTests {
  @Test("the same body is similarity 1, under another template's spacing and case too")
  func identical() throws {
    let a = try #require(CopySignature(body: CopyTexts.ferry))
    let b = try #require(CopySignature(body: CopyTexts.ferry.uppercased().replacingOccurrences(of: "\n\n", with: " ")))
    #expect(a.similarity(to: b) == 1)
    #expect(a.bandKeys == b.bandKeys)
  }

  @Test("a paragraph cut or a correction note added stays the same story")
  func sameStory() throws {
    let original = try #require(CopySignature(body: CopyTexts.ferry))
    let paragraphs = CopyTexts.ferry.components(separatedBy: "\n\n")
    let cut = try #require(CopySignature(body: paragraphs.dropLast().joined(separator: "\n\n")))
    #expect(cut.similarity(to: original) >= CopySignature.sameStoryThreshold)
    let corrected = try #require(
      CopySignature(body: "Correction: the crossing left at six, not at five.\n\n" + CopyTexts.ferry))
    #expect(corrected.similarity(to: original) >= CopySignature.sameStoryThreshold)
  }

  @Test("another story on the same event, or one quoting the first paragraph, is not the same story")
  func differentStory() throws {
    let original = try #require(CopySignature(body: CopyTexts.ferry))
    let review = try #require(CopySignature(body: CopyTexts.ferryReview))
    #expect(review.similarity(to: original) < CopySignature.sameStoryThreshold)
    let first = CopyTexts.ferry.components(separatedBy: "\n\n")[0]
    let quoting = try #require(CopySignature(body: CopyTexts.ferryReview + "\n\nAs reported earlier: " + first))
    #expect(quoting.similarity(to: original) < CopySignature.sameStoryThreshold)
  }

  @Test("a body under the minimum length has no signature")
  func brief() {
    #expect(CopySignature(body: CopyTexts.brief) == nil)
    let words = Array(repeating: "word", count: CopySignature.minimumWords).joined(separator: " ")
    #expect(CopySignature(body: words) != nil)
  }

  @Test("a text in a script without spaces is read a character a word, so it is long enough and comparable")
  func unspacedScript() throws {
    // Written for this test: a short report on a ferry, in Chinese, twice over with a change.
    let text = "港口渡轮在停航三周之后于周一早上恢复服务，运营公司在通知中表示，螺旋桨轴的裂缝已经修好。每天乘坐公共汽车绕海湾上班的居民说，渡轮恢复后单程可以节省将近四十分钟。"
    #expect(CopySignature.wordHashes(text).count > CopySignature.minimumWords)
    let a = try #require(CopySignature(body: text))
    let b = try #require(CopySignature(body: text + "运营公司还说，新船将在夏季之前投入使用。"))
    #expect(a.similarity(to: b) >= CopySignature.sameStoryThreshold)
  }

  @Test("the stored bytes give back the signature")
  func bytes() throws {
    let signature = try #require(CopySignature(body: CopyTexts.ferry))
    #expect(signature.values.count == CopySignature.hashCount)
    #expect(CopySignature(bytes: signature.bytes) == signature)
  }
}
