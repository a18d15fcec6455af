extension SearchQuery {
  /// English function words: articles, pronouns, prepositions, conjunctions,
  /// auxiliary and modal verbs, and the pieces FTS5's tokenizer makes of
  /// contractions (`it's` → `it` `s`, `wasn't` → `wasn` `t`).
  ///
  /// They carry no topic: a query made only of them (`"of the"`, `their`,
  /// `"you are"`) says nothing about which article is the better match, and
  /// bm25 agrees (a word in most articles gets an inverse document frequency
  /// of about zero). Such queries are listed newest first instead of by a
  /// score that is noise (`Archive.search`). A fixed list, so the rule
  /// depends on the words typed, never on how many articles match them.
  static let commonWords: Set<String> = [
    // articles, determiners, quantifiers
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "all", "both",
    "either", "neither", "such", "other", "another", "own", "same", "more", "most", "less", "few", "many", "much",
    // pronouns
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
    "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
    "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what", "whatever", "whoever",
    // prepositions and particles
    "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "above", "below",
    "over", "under", "between", "among", "through", "during", "before", "after", "against", "without", "within",
    "across", "along", "around", "behind", "beyond", "near", "off", "out", "up", "down", "since", "until", "till",
    "toward", "towards", "via", "per", "than", "as",
    // conjunctions and adverbs of structure
    "and", "or", "nor", "but", "so", "yet", "if", "then", "else", "because", "while", "whether", "though",
    "although", "unless", "when", "where", "why", "how", "there", "here", "also", "too", "very", "just", "only",
    "not", "now", "again", "once", "still", "even",
    // auxiliary and modal verbs
    "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
    "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
    // pieces of contractions
    "s", "t", "d", "ll", "m", "re", "ve", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "hasn", "haven",
    "hadn", "won", "wouldn", "shouldn", "couldn", "mustn",
  ]
}
