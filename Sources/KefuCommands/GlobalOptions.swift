import ArgumentParser
import KefuCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customShort("C"), help: ArgumentHelp(Messages.text(.optDirectory), valueName: "DIR"))
    var directory: String?

    @Flag(name: .long, help: ArgumentHelp(Messages.text(.optJSON)))
    var json = false

    @Option(name: .long, help: ArgumentHelp(Messages.text(.optLang), valueName: "LANG"))
    var lang: String?
}
