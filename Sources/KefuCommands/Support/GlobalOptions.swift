import ArgumentParser
import KefuApp
import KefuCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp(Messages.text(.optDirectory), valueName: "DIR"))
    var directory: String?

    @Flag(name: .long, help: ArgumentHelp(Messages.text(.optJSON)))
    var json = false

    @Option(name: .long, help: ArgumentHelp(Messages.text(.optLang), valueName: "LANG"))
    var lang: String?

    /// An unsupported `--lang` says which languages there are, instead of falling back silently.
    func validate() throws {
        guard let lang, !Language.isSupported(lang) else { return }
        throw ValidationError(Messages.text(Message(.langUnsupported, lang)))
    }

    /// These options, with anything unset taken from the ones given before the subcommand.
    func merged(withEarlier earlier: GlobalOptions) -> GlobalOptions {
        var merged = self
        merged.directory = directory ?? earlier.directory
        merged.json = json || earlier.json
        merged.lang = lang ?? earlier.lang
        return merged
    }
}
