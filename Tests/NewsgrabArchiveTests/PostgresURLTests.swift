import Foundation
import NewsgrabPostgres
import Testing

@testable import NewsgrabArchive

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
  @Test("a full URL gives user, password, host, port and database")
  func full() throws {
    let url = try #require(try PostgresURL("postgresql://ann:s%40cret@db.example:6543/news", environment: [:]))
    #expect(url.user == "ann" && url.password == "s@cret")
    #expect(url.host == "db.example" && url.port == 6543 && url.database == "news")
    #expect(url.socketPath == nil)
  }

  @Test("postgres:// is the same; the port defaults to 5432, the user to PGUSER")
  func defaults() throws {
    let url = try #require(try PostgresURL("postgres://127.0.0.1/news", environment: ["PGUSER": "desk"]))
    #expect(url.host == "127.0.0.1" && url.port == 5432 && url.user == "desk" && url.password == nil)
  }

  @Test("?host=/folder connects through the Unix socket in that folder")
  func socket() throws {
    let url = try #require(try PostgresURL("postgresql://postgres@/news?host=/run/postgresql", environment: [:]))
    #expect(url.socketPath == "/run/postgresql/.s.PGSQL.5432")
    #expect(url.database == "news")
  }

  @Test("a file path is not a URL")
  func path() throws {
    #expect(try PostgresURL("archive.sqlite", environment: [:]) == nil)
    #expect(try PostgresURL("postgresql:/news", environment: [:]) == nil)
    #expect(!ArchiveLocation.isPostgres("./postgresql://x"))
    #expect(ArchiveLocation.isPostgres("PostgreSQL://h/db"))
  }

  @Test("a URL without a database, or with a bad port, is refused in one line")
  func malformed() {
    #expect(throws: PostgresURLError.self) { try PostgresURL("postgresql://host", environment: [:]) }
    #expect(throws: PostgresURLError.self) { try PostgresURL("postgresql://host:99999/db", environment: [:]) }
  }

  @Test("the password is masked wherever the URL is shown")
  func masked() throws {
    let text = "postgresql://ann:hunter2@db.example/news?password=hunter2"
    let url = try #require(try PostgresURL(text, environment: [:]))
    #expect(!url.display.contains("hunter2"))
    #expect(url.display == "postgresql://ann:****@db.example/news?password=****")
    #expect(ArchiveStores.display(text) == url.display)
    #expect(ArchiveStores.display("/tmp/a:b@c.sqlite") == "/tmp/a:b@c.sqlite")
  }

  @Test("PGPASSWORD, then ~/.pgpass, give a password the URL lacks")
  func passwordSources() throws {
    let folder = TemporaryFolder()
    let file = folder.file("pgpass")
    try "# comment\nother:5432:*:ann:wrong\ndb.example:5432:news:ann:from\\:file\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let fromFile = try #require(
      try PostgresURL("postgresql://ann@db.example/news", environment: ["PGPASSFILE": file]))
    #expect(fromFile.password == "from:file")
    let fromVariable = try #require(
      try PostgresURL("postgresql://ann@db.example/news", environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]))
    #expect(fromVariable.password == "env")
  }
}
