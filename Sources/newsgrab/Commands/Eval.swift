import ArgumentParser
import Foundation
import NewsgrabEval
import NewsgrabOutput

extension Newsgrab {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score extraction against corpora with ground truth.",
      discussion: """
        Each corpus folder holds truth.jsonl and pages/ (see ../shared/corpora/README.md);
        a folder of corpus folders stands for all of them, and plain files among the
        arguments (a README matched by corpora/*) are skipped with a note.
        Every page is extracted in process and each field the truth has is scored with
        the metrics of that README. Pages that fail count as empty output; they are
        listed under the table and do not change the exit status.

        Examples:
          newsgrab eval ../shared/corpora
          newsgrab eval ../shared/corpora/postlight --field authors --worst 10
          newsgrab eval ../shared/corpora/* --json scores.json
          newsgrab eval ../shared/corpora/* --predictions trafilatura.jsonl
        A predictions file is another tool's JSONL output, one {"id": …, <article
        fields>} per page (add "corpus" when several corpora share one file); it is
        scored with the same code and shown beside newsgrab.
        """)

    @Argument(help: ArgumentHelp("Corpus folders (each with truth.jsonl and pages/).", valueName: "corpus-dir"))
    var corpora: [String]

    @Option(help: ArgumentHelp("Also write the scores as JSON to this file.", valueName: "file"))
    var json: String?

    @Option(help: ArgumentHelp("List the N worst pages per field, with expected and extracted values.", valueName: "n"))
    var worst: Int = 0

    @Option(name: .customLong("field"), help: ArgumentHelp("Only score this field (repeatable).", valueName: "field"))
    var fields: [Field] = []

    @Option(
      name: .customLong("predictions"),
      help: ArgumentHelp("Also score another tool's JSONL predictions (repeatable).", valueName: "file"))
    var predictionFiles: [String] = []

    @Option(help: ArgumentHelp("Pages extracted in parallel.", valueName: "n"))
    var jobs: Int = 2

    @OptionGroup var input: InputOptions

    func run() throws {
      var failed = false
      var others: [PredictionFile] = []
      for path in predictionFiles {
        do throws(EvalError) {
          others.append(try PredictionFile.load(path))
        } catch {
          Diagnostics.report(file: path, error)
          failed = true
        }
      }
      let evaluation = Evaluation(
        extractor: CorpusExtractor(reader: input.reader, workers: jobs), fields: fields, others: others)
      let outcome = evaluation.run(corpora)
      for (path, error) in outcome.problems {
        Diagnostics.report(file: path, error)
        failed = true
      }
      for path in outcome.skipped {
        Diagnostics.line("newsgrab: \(Diagnostics.printable(path)): skipped, a file is not a corpus folder")
      }
      let report = outcome.report
      var output = StandardOutput()
      output.write(EvalTableRenderer.render(report))
      if worst > 0 { output.write(WorstPagesRenderer.render(report, count: worst)) }
      if let json {
        do {
          try Data((JSONRendering.pretty(report) + "\n").utf8).write(to: URL(fileURLWithPath: json))
        } catch {
          Diagnostics.report(file: json, EvalError.unwritable(Diagnostics.reason(error)))
          failed = true
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}

extension Field: ExpressibleByArgument {}
