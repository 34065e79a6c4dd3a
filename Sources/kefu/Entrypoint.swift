import KefuCommands

/// The `kefu` executable: everything lives in KefuCommands, where tests can reach it.
@main
enum Entrypoint {
    static func main() {
        KefuCommand.main()
    }
}
