import ArgumentParser
import KefuApp

/// Who the buyer is, for the commands that answer as one (`ask`, `chat`).
struct BuyerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Messages.text(.optBuyer), valueName: "ID"))
    var buyer: String?

    @Option(help: ArgumentHelp(Messages.text(.optProduct), valueName: "SKU"))
    var product: String?

    @Option(help: ArgumentHelp(Messages.text(.optLocale), valueName: "L"))
    var locale: String?
}
