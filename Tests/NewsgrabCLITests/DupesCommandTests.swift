import Foundation
import Testing

/// Issue 15, second half: copy groups through the commands a user runs.
@Suite("Copy groups through import, dupes, list, export and show")
struct DupesCommandTests {
  static let story = [
    "The harbour ferry between the old town and the island resumed service on Monday morning after a three-week pause caused by a cracked propeller shaft, the operator said.",
    "Commuters who had been taking the long bus route around the bay said the return of the boat would cut their journey by almost forty minutes each way.",
    "Engineers replaced the shaft at the shipyard on the northern shore, where the vessel was lifted out of the water with a floating crane borrowed for the occasion.",
    "The operator said timetables would return to normal by the weekend, and that a second boat ordered last spring should join the route before summer.",
  ]
  static let other = [
    "Island residents packed the council chamber on Thursday evening to argue against any cut to the subsidy that keeps the harbour ferry affordable for pupils and pensioners.",
    "Speaker after speaker described the weeks without the boat as a lesson in how isolated the island becomes, with shops short of bread and the clinic rescheduling appointments.",
    "The finance committee chair replied that no decision had been taken and that every option would be costed and published before the vote in the autumn.",
  ]

  @Test("a syndicated copy is one group in dupes, listed once with +1 copy, every copy with --all-copies")
  func dupesListShow() throws {
    // Given the story on one site, the same text under another headline on another, and another story
    let workspace = Workspace()
    let first = workspace.write(
      "a.html",
      NewsPage(url: "https://a.example/ferry", headline: "Ferry back", paragraphs: Self.story, site: "Harbour News")
        .html)
    let copy = workspace.write(
      "b.html",
      NewsPage(
        url: "https://b.example/boat", headline: "Island boat returns", paragraphs: Self.story, site: "Bay Wire"
      ).html)
    let different = workspace.write(
      "c.html",
      NewsPage(url: "https://a.example/subsidy", headline: "Subsidy row", paragraphs: Self.other, site: "Harbour News")
        .html)
    let imported = try CLI.run(["import", first, copy, different, "--db", workspace.db])
    #expect(imported.status == 0, "\(imported.stderr)")
    // When listing the copy groups
    let dupes = try CLI.run(["dupes", "--db", workspace.db, "--format", "json"])
    #expect(dupes.status == 0, "\(dupes.stderr)")
    let groups = try #require(try JSONSerialization.jsonObject(with: dupes.stdoutBytes) as? [[String: Any]])
    // Then the two copies are one group, with their sources and similarity
    #expect(groups.count == 1)
    let members = try #require(groups.first?["articles"] as? [[String: Any]])
    #expect(Set(members.compactMap { $0["source"] as? String }) == ["Harbour News", "Bay Wire"])
    #expect(members.allSatisfy { ($0["similarity"] as? Double ?? 0) >= 0.9 })
    #expect(members.allSatisfy { $0["capture"] is [String: Any] })
    // And list shows the story once with one copy; --all-copies shows both
    let list = try CLI.run(["list", "--db", workspace.db, "--format", "json"])
    let items = try #require(try JSONSerialization.jsonObject(with: list.stdoutBytes) as? [[String: Any]])
    #expect(items.count == 2)
    #expect(items.compactMap { $0["copies"] as? Int }.sorted() == [0, 1])
    let all = try CLI.run(["list", "--db", workspace.db, "--all-copies", "--format", "ndjson"])
    #expect(all.stdoutLines.count == 3)
    let table = try CLI.run(["list", "--db", workspace.db])
    #expect(table.stdout.contains("+1 copy"), "\(table.stdout)")
    let export = try CLI.run(["export", "--db", workspace.db, "--format", "ndjson"])
    #expect(export.stdoutLines.count == 2)
    let exported = try export.stdoutLines.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(exported.compactMap { $0["copies"] as? Int } == [1])
    let csv = CSVCells.parse(try CLI.run(["export", "--db", workspace.db, "--format", "csv"]).stdout)
    #expect(csv.first?.last == "copies")
    #expect(csv.dropFirst().compactMap(\.last).sorted() == ["0", "1"])
    let exportAll = try CLI.run(["export", "--db", workspace.db, "--all-copies", "--format", "ndjson"])
    #expect(exportAll.stdoutLines.count == 3)
    #expect(!exportAll.stdout.contains("\"copies\""))
    // And search shows the story once (its best match: the copy whose
    // headline names the query), every copy with --all-copies
    let search = try CLI.run(["search", "island", "--db", workspace.db, "--format", "json"])
    #expect(search.status == 0, "\(search.stderr)")
    let hits = try #require(try JSONSerialization.jsonObject(with: search.stdoutBytes) as? [[String: Any]])
    #expect(hits.count == 2)
    #expect(hits.first?["headline"] as? String == "Island boat returns")
    #expect(hits.first?["copies"] as? Int == 1)
    let searchTable = try CLI.run(["search", "shaft", "--db", workspace.db])
    #expect(searchTable.stdout.contains("+1 copy"), "\(searchTable.stdout)")
    let searchAll = try CLI.run(["search", "island", "--db", workspace.db, "--all-copies", "--format", "ndjson"])
    #expect(searchAll.stdoutLines.count == 3)
    // And show names the other copy
    let ids = members.compactMap { $0["id"] as? Int }
    let show = try CLI.run(["show", String(ids[0]), "--db", workspace.db])
    #expect(show.stdout.contains("Copies of this story:"), "\(show.stdout)")
    #expect(show.stdout.contains("\(ids[1])"))
    // And a similarity out of range is refused
    #expect(try CLI.run(["dupes", "--db", workspace.db, "--min-similarity", "2"]).status != 0)
  }
}
