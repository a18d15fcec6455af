import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// An archive file the user may read but not write, in a folder where it
/// cannot create the `-wal`/`-shm` files SQLite wants beside it: read
/// commands open it immutable and work; write commands are refused. As root
/// (CI) the commands run as `nobody`, for whom root's files are such a file.
@Suite("An archive the user cannot write")
struct UnwritableArchiveTests {
  @Test(
    "search, list, show and stats read it; delete and import are refused; the file is not changed",
    .enabled(if: Unprivileged.available, "running as root without setpriv"))
  func readsButDoesNotWrite() throws {
    // Given an archive of two articles, then made read-only with its folder
    let workspace = Workspace()
    workspace.write("in/tram.html", ManageCommandTests.story.html)
    workspace.write("in/filler.html", NewsPage.filler(1).html)
    workspace.write("more/other.html", NewsPage.filler(2).html)
    let imported = try CLI.run(["import", workspace.file("in"), "--db", workspace.db, "--quiet"])
    try #require(imported.status == 0, "\(imported.stderr)")
    let folder = workspace.file("ro")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let db = (folder as NSString).appendingPathComponent("archive.sqlite")
    try FileManager.default.moveItem(atPath: workspace.db, toPath: db)
    try #require(!FileManager.default.fileExists(atPath: workspace.db + "-wal"), "the import left a WAL")
    chmod(db, 0o444)
    chmod(folder, 0o555)
    defer { chmod(folder, 0o755) }
    let before = try #require(FileManager.default.contents(atPath: db))

    // When it is read
    let search = try CLI.run(["search", "tram", "--db", db], unprivileged: true)
    let list = try CLI.run(["list", "--db", db, "--format", "json"], unprivileged: true)
    let show = try CLI.run(
      ["show", "https://courier.example/news/2024/tram", "--db", db, "--format", "json"], unprivileged: true)
    let stats = try CLI.run(["stats", "--db", db, "--format", "json"], unprivileged: true)
    // Then every read works and sees both articles
    #expect(search.status == 0, "\(search.stderr)")
    #expect(search.stdout.contains("Tram line to reopen in spring"), "\(search.stdout)")
    #expect(list.status == 0, "\(list.stderr)")
    let listed = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    #expect(listed?.count == 2, "\(list.stdout)")
    let shown = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
    #expect(show.status == 0 && shown?["headline"] as? String == "Tram line to reopen in spring", "\(show.stderr)")
    let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
    #expect(stats.status == 0 && counts?["articles"] as? Int == 2, "\(stats.stdout)\(stats.stderr)")

    // When it is written to
    let delete = try CLI.run(["delete", "1", "--db", db], unprivileged: true)
    let more = try CLI.run(["import", workspace.file("more"), "--db", db], unprivileged: true)
    // Then each write fails with one line, and the file is byte for byte as it was, alone in its folder
    #expect(delete.status == 1 && delete.stderrLines.count == 1, "\(delete.stderr)")
    #expect(more.status == 1 && more.stderrLines.count >= 1, "\(more.stdout)\(more.stderr)")
    #expect(FileManager.default.contents(atPath: db) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["archive.sqlite"])
  }
}
