import ArgumentParser
import KefuApp
import KefuEngine

/// Who the buyer is, for the commands that answer as one (`ask`, `chat`, `suggest`).
struct BuyerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Messages.text(.optBuyer), valueName: "ID"))
    var buyer: String?

    @Option(help: ArgumentHelp(Messages.text(.optProduct), valueName: "SKU"))
    var product: String?

    @Option(help: ArgumentHelp(Messages.text(.optLocale), valueName: "L"))
    var locale: String?

    /// `state` with the buyer, product and locale given on the command line.
    func applied(to state: SessionState) -> SessionState {
        state.applying(buyer: buyer, product: product, locale: locale)
    }
}
