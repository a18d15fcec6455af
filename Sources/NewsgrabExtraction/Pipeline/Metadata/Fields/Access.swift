/// Whether the article is free to read: JSON-LD `isAccessibleForFree`, else
/// `article:content_tier` (`free` / `metered` / `locked`).
struct Access {
  let sources: MetadataSources

  func resolve() -> Sourced<Bool>? {
    for node in [sources.ld].compactMap({ $0 }) + sources.structured.nodes {
      guard let free = node["isAccessibleForFree"] else { continue }
      switch free {
      case .bool(let value): return Sourced(value, "json-ld")
      case .string(let value):
        switch value.lowercased() {
        case "true", "yes", "1": return Sourced(true, "json-ld")
        case "false", "no", "0": return Sourced(false, "json-ld")
        default: continue
        }
      default: continue
      }
    }
    switch sources.meta.first("article:content_tier")?.lowercased() {
    case "free": return Sourced(true, "meta:article:content_tier")
    case "locked", "metered": return Sourced(false, "meta:article:content_tier")
    default: return nil
    }
  }
}
