import Foundation
import NewsgrabPostgres
import Testing

@testable import NewsgrabArchive

/// The stores the archive suite runs against: every test that takes a
/// `StoreKind` runs once on each, with the same Given / When / Then.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case sqlite
  case postgres

  var testDescription: String { rawValue }
}

/// An empty archive of one kind for one test, removed when the value goes
/// away: an SQLite file in a folder of its own, or a database of its own on
/// the server `NEWSGRAB_TEST_POSTGRES` names (`scripts/with-postgres.sh`
/// starts a throwaway one; `make test` runs through it).
///
/// Without that variable, a PostgreSQL case is skipped with a message —
/// and fails when `CI=true`: a CI run must never pass with them skipped.
final class TemporaryStore {
  let kind: StoreKind
  let store: any ArchiveStore
  /// Where it is: the file path, or the database's URL.
  let location: String
  private let folder: TemporaryFolder?
  private let database: (name: String, server: PostgresURL)?

  static let serverVariable = "NEWSGRAB_TEST_POSTGRES"

  /// The server URL tests use, or nil (then PostgreSQL cases skip, or fail in CI).
  static func server() throws -> PostgresURL {
    let environment = ProcessInfo.processInfo.environment
    guard let text = environment[serverVariable], !text.isEmpty, let url = try PostgresURL(text) else {
      let message = "PostgreSQL not tested: \(serverVariable) is not set (run through scripts/with-postgres.sh)"
      if environment["CI"] == "true" {
        Issue.record(Comment(rawValue: message + " — in CI this is a failure"))
        throw ExitRequest.missingServer
      }
      try Test.cancel(Comment(rawValue: message))
    }
    return url
  }

  enum ExitRequest: Error { case missingServer }

  init(_ kind: StoreKind, name: String = "archive.sqlite") throws {
    self.kind = kind
    switch kind {
    case .sqlite:
      let folder = TemporaryFolder()
      self.folder = folder
      database = nil
      location = folder.file(name)
      store = try Archive(path: location)
    case .postgres:
      let server = try Self.server()
      let name = "newsgrab_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
      try PostgresArchive.createDatabase(name, on: server)
      folder = nil
      database = (name, server)
      let url = server.with(database: name)
      location = Self.location(of: url, server: server, name: name)
      store = try PostgresArchive(url: url)
    }
  }

  /// The URL text of the test database (the server's URL, database replaced).
  private static func location(of url: PostgresURL, server: PostgresURL, name: String) -> String {
    let text = ProcessInfo.processInfo.environment[serverVariable] ?? ""
    guard let scheme = text.range(of: "://") else { return text }
    let rest = text[scheme.upperBound...]
    guard let slash = rest.firstIndex(of: "/") else { return text + "/" + name }
    let end = rest[slash...].firstIndex(of: "?") ?? text.endIndex
    return String(text[..<rest.index(after: slash)]) + name + String(text[end...])
  }

  /// Another connection to the same archive (as a second process would open it).
  func reopen(_ mode: Archive.Mode = .readWrite) throws -> any ArchiveStore {
    try ArchiveStores.open(location, mode: mode)
  }

  deinit {
    if let database { try? PostgresArchive.dropDatabase(database.name, on: database.server) }
  }
}

extension TemporaryStore {
  /// The first column of a query's rows, as text (SQL both stores read alike).
  func column(_ sql: String) throws -> [String?] {
    switch store {
    case let archive as Archive: try archive.column(sql)
    case let archive as PostgresArchive: try archive.column(sql)
    default: []
    }
  }
}

extension TemporaryStore {
  /// Runs SQL in one transaction, in the words of each store (for tests
  /// that damage what was stored).
  func execute(sqlite: String, postgres: String) throws {
    switch store {
    case let archive as Archive: try archive.execute(sqlite)
    case let archive as PostgresArchive: try archive.execute(postgres)
    default: break
    }
  }
}
