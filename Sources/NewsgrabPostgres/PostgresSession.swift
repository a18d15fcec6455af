import Foundation
import NewsgrabArchive
import PostgresNIO

/// One connection to the server, used from synchronous code.
///
/// PostgresNIO is asynchronous; the commands are not. Every query here is
/// started on the shared NIO event loop group and waited for on the
/// calling thread (never an event loop thread: the commands' threads and
/// the test runner's are not), so nothing blocks the loop that answers it.
/// One lock makes each transaction exclusive on the connection.
final class PostgresSession: Sendable {
  let connection: PostgresConnection
  let url: PostgresURL
  private let lock = NSLock()
  static let logger: Logger = {
    var logger = Logger(label: "newsgrab.postgres")
    logger.logLevel = .critical
    return logger
  }()

  /// Server settings of every session, sent when connecting (no round trip).
  /// `jit = off`: PostgreSQL 15 compiles a plan whose cost passes
  /// `jit_above_cost` (a word in most articles of the 100,000-article bench
  /// archive) to machine code first: 1.9 s of `Emission` measured in one
  /// EXPLAIN ANALYZE of a search count on this 2-core machine under load, for
  /// queries that run in milliseconds without it.
  static let sessionSettings = [("jit", "off")]

  /// How long connecting may take before the server counts as unreachable.
  static let connectTimeout = TimeAmount.seconds(10)
  /// Attempts of a transaction that met a serialization failure, a deadlock
  /// or a unique-key race with another importer, before giving up. Each
  /// retry waits a little longer (with jitter) so two importers fall apart.
  static let maximumAttempts = 12
  static let retryBaseMicroseconds: UInt32 = 5_000

  init(_ url: PostgresURL) throws(ArchiveError) {
    self.url = url
    var configuration: PostgresConnection.Configuration
    if let socket = url.socketPath {
      configuration = .init(
        unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
    } else {
      configuration = .init(
        host: url.host ?? "localhost", port: url.port, username: url.user, password: url.password,
        database: url.database, tls: .disable)
    }
    configuration.options.connectTimeout = Self.connectTimeout
    configuration.options.additionalStartupParameters = Self.sessionSettings
    do {
      connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: Self.logger
      ).wait()
    } catch {
      throw Self.archiveError(error, url: url, connecting: true)
    }
  }

  deinit { try? connection.close().wait() }

  /// Runs one statement and returns all its rows.
  ///
  /// Waits in slices of `closedCheckInterval`, looking at the connection
  /// between them: a server stopped mid-statement (seen with
  /// `pg_ctl stop -m immediate`) closed the socket without failing the
  /// query's future, and a plain `wait()` hung the importer for good.
  @discardableResult
  func rows(_ sql: SQL) throws -> [PostgresRow] {
    let query = PostgresQuery(unsafeSQL: sql.text, binds: sql.binds)
    let outcome = Outcome()
    connection.query(query, logger: Self.logger).whenComplete { outcome.set($0) }
    while true {
      if let result = outcome.wait(seconds: Self.closedCheckInterval) { return try result.get().rows }
      if connection.isClosed { throw ArchiveError.connectionLost }
    }
  }

  /// How often a statement's wait looks whether the connection closed.
  static let closedCheckInterval = 1.0

  /// The result of a statement, handed from the event loop to the waiting thread.
  private final class Outcome: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<PostgresQueryResult, any Error>?

    func set(_ result: Result<PostgresQueryResult, any Error>) {
      condition.lock()
      self.result = result
      condition.broadcast()
      condition.unlock()
    }

    func wait(seconds: Double) -> Result<PostgresQueryResult, any Error>? {
      condition.lock()
      defer { condition.unlock() }
      if result == nil { _ = condition.wait(until: Date().addingTimeInterval(seconds)) }
      return result
    }
  }

  /// Runs `body` in one read-only transaction on a consistent snapshot.
  func read<T>(_ body: (PostgresSession) throws -> T) throws(ArchiveError) -> T {
    try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", retrying: false, body)
  }

  /// Runs `body` in one write transaction, retrying it whole when the
  /// server aborted it for a conflict with another writer.
  func write<T>(_ body: (PostgresSession) throws -> T) throws(ArchiveError) -> T {
    try transaction("BEGIN", retrying: true, body)
  }

  private func transaction<T>(_ begin: String, retrying: Bool, _ body: (PostgresSession) throws -> T)
    throws(ArchiveError) -> T
  {
    lock.lock()
    defer { lock.unlock() }
    var attempt = 1
    while true {
      do {
        try rows(SQL(begin))
        let result = try body(self)
        try rows(SQL("COMMIT"))
        return result
      } catch {
        _ = try? rows(SQL("ROLLBACK"))
        if retrying, attempt < Self.maximumAttempts, Self.isRetryable(error) {
          let wait = Self.retryBaseMicroseconds * UInt32(1 << min(attempt, 6))
          usleep(wait + UInt32.random(in: 0...wait))
          attempt += 1
          continue
        }
        throw Self.archiveError(error, url: url, connecting: false)
      }
    }
  }

  /// Runs a statement outside any transaction (`REINDEX`, `CREATE DATABASE`).
  func execute(_ sql: SQL) throws(ArchiveError) {
    lock.lock()
    defer { lock.unlock() }
    do {
      try rows(sql)
    } catch {
      throw Self.archiveError(error, url: url, connecting: false)
    }
  }

  /// SQLSTATEs of a transaction another transaction made fail, which a
  /// second try completes: serialization_failure, deadlock_detected,
  /// unique_violation (two importers inserting the same page at once).
  static let retryableStates: Set<String> = ["40001", "40P01", "23505"]

  static func isRetryable(_ error: any Error) -> Bool {
    guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
    return retryableStates.contains(state)
  }

  /// The server's failure in the archive's words, one line, no password.
  static func archiveError(_ error: any Error, url: PostgresURL, connecting: Bool) -> ArchiveError {
    if let error = error as? ArchiveError { return error }
    guard let error = error as? PSQLError else {
      return connecting ? .unreachable(url.display) : .database(String(describing: error))
    }
    if let state = error.serverInfo?[.sqlState] {
      let message = error.serverInfo?[.message] ?? "unknown error"
      switch state {
      case "28P01", "28000": return .authenticationFailed(user: url.user)
      case "3D000": return .databaseMissing(url.database)
      case "25006": return .readOnly
      case "53100": return .diskFull
      case "57P01", "57P02", "57P03": return .connectionLost
      default: return .database("PostgreSQL error \(state): \(message)")
      }
    }
    switch error.code {
    case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
      return .authenticationFailed(user: url.user)
    case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      return connecting ? .unreachable(url.display) : .connectionLost
    case .connectionError: return connecting ? .unreachable(url.display) : .connectionLost
    default: return connecting ? .unreachable(url.display) : .database("PostgreSQL: \(error.code)")
    }
  }
}

/// A statement being written: `?` in each appended piece becomes the next
/// `$n`, bound to the next value, so values never enter the SQL text.
struct SQL {
  var text: String
  var binds = PostgresBindings()

  init(_ text: String = "", _ values: [Bind] = []) {
    self.text = ""
    append(text, values)
  }

  init(_ text: String, _ values: Bind...) {
    self.init(text, values)
  }

  mutating func append(_ piece: String, _ values: [Bind] = []) {
    var values = values[...]
    for character in piece {
      if character == "?", let value = values.popFirst() {
        value.bind(to: &binds)
        text += "$\(binds.count)"
      } else {
        text.append(character)
      }
    }
    precondition(values.isEmpty, "more values than ? in: \(piece)")
  }

  mutating func append(_ piece: String, _ values: Bind...) { append(piece, values) }

  /// Appends the filter's conditions (`?` each bound to its value).
  mutating func append(_ piece: String, filterValues: [ArticleFilter.Value]) {
    append(piece, filterValues.map(Bind.init))
  }
}

/// A value bound to a statement.
enum Bind {
  case text(String?)
  case int(Int64?)
  case int32(Int32?)
  case double(Double?)
  case bytes(Data)
  case ints([Int64])
  case texts([String])

  init(_ value: ArticleFilter.Value) {
    switch value {
    case .text(let text): self = .text(text)
    case .integer(let number): self = .int32(Int32(clamping: number))
    }
  }

  static func int(_ value: Int?) -> Bind { .int(value.map(Int64.init)) }

  func bind(to binds: inout PostgresBindings) {
    switch self {
    case .text(let value): binds.append(value)
    case .int(let value): binds.append(value)
    case .int32(let value): binds.append(value)
    case .double(let value): binds.append(value)
    case .bytes(let value): binds.append(ByteBuffer(bytes: value))
    case .ints(let value): binds.append(value)
    case .texts(let value): binds.append(value)
    }
  }
}

extension PostgresRow {
  /// The value of a column, by name.
  func get<T: PostgresDecodable>(_ column: String, _ type: T.Type = T.self) throws -> T {
    try makeRandomAccess()[column].decode(T.self)
  }

  /// The value of a column, by position.
  func get<T: PostgresDecodable>(_ index: Int, _ type: T.Type = T.self) throws -> T {
    try makeRandomAccess()[index].decode(T.self)
  }
}
