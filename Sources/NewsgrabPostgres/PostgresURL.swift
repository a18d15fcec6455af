import Foundation

/// Where a PostgreSQL archive is: `postgresql://[user[:password]@]host[:port]/dbname`
/// (also `postgres://`; `?host=/run/postgresql` names a Unix socket folder).
///
/// A missing password is looked up as libpq does: `PGPASSWORD`, then
/// `~/.pgpass` (or `$PGPASSFILE`); a missing user is `PGUSER`, else the login name.
package struct PostgresURL: Hashable, Sendable {
  package var user: String
  package var password: String?
  /// A host name or address, or nil with `socketFolder`.
  package var host: String?
  package var port: Int
  /// The folder holding the server's socket (`.s.PGSQL.<port>` inside it).
  package var socketFolder: String?
  package var database: String
  /// The URL as given, password masked: what messages and `stats` show.
  package var display: String

  static let defaultPort = 5432

  /// Parses a URL; returns nil for anything that is not a PostgreSQL URL.
  /// A malformed one throws, in one line.
  package init?(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(PostgresURLError)
  {
    let lower = text.lowercased()
    let scheme = ["postgresql://", "postgres://"].first { lower.hasPrefix($0) }
    guard let scheme else { return nil }
    display = Self.mask(text)
    var rest = Substring(text.dropFirst(scheme.count))
    var query = ""
    if let mark = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: mark)...])
      rest = rest[..<mark]
    }
    var path = ""
    if let slash = rest.firstIndex(of: "/") {
      path = String(rest[rest.index(after: slash)...])
      rest = rest[..<slash]
    }
    var userPart: Substring? = nil
    if let at = rest.lastIndex(of: "@") {
      userPart = rest[..<at]
      rest = rest[rest.index(after: at)...]
    }
    var user: String? = nil
    var password: String? = nil
    if let userPart {
      if let colon = userPart.firstIndex(of: ":") {
        user = Self.decode(userPart[..<colon])
        password = Self.decode(userPart[userPart.index(after: colon)...])
      } else {
        user = Self.decode(userPart)
      }
    }
    var hostText = String(rest)
    var port = Self.defaultPort
    if hostText.hasPrefix("[") {
      // An IPv6 address: [::1]:5432
      guard let close = hostText.firstIndex(of: "]") else { throw PostgresURLError(display, "unclosed [ in the host") }
      let after = hostText[hostText.index(after: close)...]
      if after.hasPrefix(":") {
        guard let number = Int(after.dropFirst()), (1...65535).contains(number) else {
          throw PostgresURLError(display, "the port is not a number from 1 to 65535")
        }
        port = number
      }
      hostText = String(hostText[hostText.index(after: hostText.startIndex)..<close])
    } else if let colon = hostText.lastIndex(of: ":") {
      guard let number = Int(hostText[hostText.index(after: colon)...]), (1...65535).contains(number) else {
        throw PostgresURLError(display, "the port is not a number from 1 to 65535")
      }
      port = number
      hostText = String(hostText[..<colon])
    }
    var socketFolder: String? = nil
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { Self.decode($0) }
      guard parts.count == 2 else { continue }
      switch parts[0] {
      case "host": if parts[1].hasPrefix("/") { socketFolder = parts[1] } else { hostText = parts[1] }
      case "port":
        guard let number = Int(parts[1]), (1...65535).contains(number) else {
          throw PostgresURLError(display, "the port is not a number from 1 to 65535")
        }
        port = number
      case "user": user = parts[1]
      case "password": password = parts[1]
      case "dbname": path = parts[1]
      default: break  // sslmode, application_name …: not needed to connect here
      }
    }
    let database = Self.decode(Substring(path))
    guard !database.isEmpty else {
      throw PostgresURLError(display, "no database name (postgresql://host/dbname)")
    }
    if hostText.isEmpty, socketFolder == nil {
      hostText = environment["PGHOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
      if hostText.hasPrefix("/") {
        socketFolder = hostText
        hostText = ""
      }
    }
    self.user =
      user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    self.host = hostText.isEmpty ? nil : hostText
    self.port = port
    self.socketFolder = socketFolder
    self.database = database
    self.password =
      password
      ?? environment["PGPASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
      ?? Self.passwordFile(
        environment: environment, host: socketFolder == nil ? hostText : "localhost", port: port, database: database,
        user: self.user)
  }

  /// The socket file for a Unix-socket connection.
  package var socketPath: String? {
    socketFolder.map { ($0 as NSString).appendingPathComponent(".s.PGSQL.\(port)") }
  }

  /// The same server, another database (tests create and drop their own).
  package func with(database name: String) -> PostgresURL {
    var copy = self
    copy.database = name
    if let range = copy.display.range(of: "/", options: [], range: Self.pathStart(copy.display)) {
      let end = copy.display[range.upperBound...].firstIndex(of: "?") ?? copy.display.endIndex
      copy.display.replaceSubrange(range.upperBound..<end, with: name)
    }
    return copy
  }

  private static func pathStart(_ text: String) -> Range<String.Index>? {
    guard let scheme = text.range(of: "://") else { return nil }
    return scheme.upperBound..<text.endIndex
  }

  /// The URL with any password replaced by `****`.
  package static func mask(_ text: String) -> String {
    guard let scheme = text.range(of: "://") else { return text }
    let rest = text[scheme.upperBound...]
    let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
    var masked = text
    if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
      masked = String(text[..<colon]) + ":****" + String(text[at...])
    }
    // A password given as a query parameter is masked too.
    if let range = masked.range(of: "password=") {
      let end = masked[range.upperBound...].firstIndex(of: "&") ?? masked.endIndex
      masked.replaceSubrange(range.upperBound..<end, with: "****")
    }
    return masked
  }

  static func decode(_ text: Substring) -> String {
    String(text).removingPercentEncoding ?? String(text)
  }

  /// The password for this connection in `~/.pgpass` (`host:port:db:user:password`,
  /// `*` matching anything, `\:` and `\\` escaped), as libpq reads it.
  static func passwordFile(environment: [String: String], host: String, port: Int, database: String, user: String)
    -> String?
  {
    let path =
      environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.pgpass"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      var fields: [String] = []
      var field = ""
      var escaped = false
      for character in line {
        if escaped {
          field.append(character)
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == ":", fields.count < 4 {
          fields.append(field)
          field = ""
        } else {
          field.append(character)
        }
      }
      fields.append(field)
      guard fields.count == 5 else { continue }
      let wanted = [host, String(port), database, user]
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }
}

/// A PostgreSQL URL that cannot be understood.
package struct PostgresURLError: Error, Hashable, Sendable, CustomStringConvertible {
  package var url: String
  package var reason: String

  init(_ url: String, _ reason: String) {
    self.url = url
    self.reason = reason
  }

  package var description: String { "not a usable PostgreSQL URL: \(reason)" }
}
