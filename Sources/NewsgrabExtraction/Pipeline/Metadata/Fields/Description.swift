/// The standfirst: JSON-LD, Dublin Core, OpenGraph, `<meta name=description>`, Twitter.
struct Description {
  let sources: MetadataSources

  func resolve() -> Sourced<String>? {
    if let value = sources.ld?["description"]?.text { return Sourced(value, "json-ld") }
    if let value = sources.structured.pageNode?["description"]?.text { return Sourced(value, "json-ld") }
    let keys: [(String, String)] = [
      ("dc.description", "meta:dc.description"), ("dc:description", "meta:dc.description"),
      ("og:description", "opengraph"), ("description", "meta:description"),
      ("twitter:description", "twitter"), ("sailthru.description", "meta:sailthru.description"),
    ]
    for (key, source) in keys {
      if let value = sources.meta.first(key)?.nonEmpty { return Sourced(value, source) }
    }
    if let value = sources.microdata.first("description") { return Sourced(value, "microdata") }
    return nil
  }
}
