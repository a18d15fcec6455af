import ArgumentParser
import NewsgrabInput

/// Options shared by every command that reads saved pages.
struct InputOptions: ParsableArguments {
  @Option(help: "Refuse files (and decompressed pages) larger than this many megabytes.")
  var maxSize: Int = InputReader.defaultMaxSize >> 20

  var reader: InputReader { InputReader(maxSize: max(1, maxSize) << 20) }
}
