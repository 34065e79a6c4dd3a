import Foundation

/// A headless Chromium driven through the W3C WebDriver protocol: Debian's `chromedriver` started on a
/// free loopback port (its first line says when it listens), one browser session, and the few commands
/// the console's browser tests need. Every lookup waits through WebDriver's implicit wait, never a sleep.
final class WebDriver: @unchecked Sendable {
    /// The element reference key of the W3C protocol.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"
    /// Debian's paths, unless `KEFU_CHROMIUM` and `KEFU_CHROMEDRIVER` say otherwise.
    static let chromium = ProcessInfo.processInfo.environment["KEFU_CHROMIUM"] ?? "/usr/bin/chromium"
    static let chromedriver = ProcessInfo.processInfo.environment["KEFU_CHROMEDRIVER"] ?? "/usr/bin/chromedriver"

    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case command(String, String)
        var description: String {
            switch self {
            case .missing(let path):
                "\(path) is missing: make test installs Debian's chromium and chromium-driver (Scripts/install-system-packages)"
            case .command(let what, let answer): "WebDriver \(what): \(answer)"
            }
        }
    }

    private let process = Process()
    private let output = Pipe()
    private let port: Int
    private var session = ""

    /// Starts chromedriver and a browser window of `width` × `height` that asks for pages in `language`.
    init(width: Int = 1280, height: Int = 900, language: String = "en-US") async throws {
        for path in [Self.chromium, Self.chromedriver] where !FileManager.default.isExecutableFile(atPath: path) {
            throw Failure.missing(path)
        }
        let port = try Self.freePort()
        process.executableURL = URL(filePath: Self.chromedriver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "ChromeDriver was started successfully on port N." is printed once it listens.
        var printed = ""
        while !printed.contains("started successfully") {
            // What is there now: read(upToCount:) would wait for more than chromedriver ever prints.
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { throw Failure.command("start", printed) }
            printed += String(decoding: data, as: UTF8.self)
        }
        self.port = port
        let arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--window-size=\(width),\(height)", "--lang=\(language)", "--accept-lang=\(language)",
            "--disable-extensions", "--hide-scrollbars",
        ]
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": Self.chromium, "args": arguments, "prefs": ["intl.accept_languages": language],
                    ],
                ]
            ]
        ]
        let created = try await command("POST", "/session", capabilities)
        session = (created["sessionId"] as? String) ?? ""
        _ = try await command("POST", "/session/\(session)/timeouts", ["implicit": 10_000, "pageLoad": 60_000])
    }

    /// Ends the browser session and chromedriver (which goes on after a SIGTERM: it is asked to shut
    /// down, then killed).
    func quit() async {
        _ = try? await command("DELETE", "/session/\(session)", nil)
        _ = try? LoopbackHTTP.exchange(port: port, method: "GET", path: "/shutdown", body: nil)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func open(_ url: URL) async throws {
        _ = try await command("POST", "/session/\(session)/url", ["url": url.absoluteString])
    }

    /// The first element `selector` finds (waiting for it to appear).
    func element(_ selector: String) async throws -> String {
        let found = try await command(
            "POST", "/session/\(session)/element", ["using": "css selector", "value": selector])
        guard let reference = found[Self.elementKey] as? String else { throw Failure.command(selector, "\(found)") }
        return reference
    }

    func elements(_ selector: String) async throws -> [String] {
        let found = try await command(
            "POST", "/session/\(session)/elements", ["using": "css selector", "value": selector], all: true)
        return (found["list"] as? [[String: Any]] ?? []).compactMap { $0[Self.elementKey] as? String }
    }

    func click(_ selector: String) async throws {
        _ = try await command("POST", "/session/\(session)/element/\(try await element(selector))/click", [:])
    }

    /// Replaces what the field `selector` holds with `text`.
    func type(_ text: String, into selector: String) async throws {
        let field = try await element(selector)
        _ = try await command("POST", "/session/\(session)/element/\(field)/clear", [:])
        _ = try await command("POST", "/session/\(session)/element/\(field)/value", ["text": text])
    }

    func text(_ selector: String) async throws -> String {
        let answer = try await command("GET", "/session/\(session)/element/\(try await element(selector))/text", nil)
        return answer["value"] as? String ?? ""
    }

    var title: String {
        get async throws { try await command("GET", "/session/\(session)/title", nil)["value"] as? String ?? "" }
    }

    var currentURL: String {
        get async throws { try await command("GET", "/session/\(session)/url", nil)["value"] as? String ?? "" }
    }

    /// Runs `script` in the page (WebDriver's own channel, which the page's CSP does not govern).
    func evaluate(_ script: String) async throws -> Any? {
        try await command("POST", "/session/\(session)/execute/sync", ["script": script, "args": []])["value"]
    }

    /// The window as a PNG.
    func screenshot() async throws -> Data {
        let answer = try await command("GET", "/session/\(session)/screenshot", nil)
        return Data(base64Encoded: answer["value"] as? String ?? "") ?? Data()
    }

    /// Sends one command; the W3C answer's `value` (an object, or wrapped as `value`/`list`).
    private func command(_ method: String, _ path: String, _ body: Any?, all: Bool = false) async throws
        -> [String: Any]
    {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, answer) = try LoopbackHTTP.exchange(port: port, method: method, path: path, body: data)
        let object = (try? JSONSerialization.jsonObject(with: answer)) as? [String: Any] ?? [:]
        guard status == 200 else {
            throw Failure.command("\(method) \(path)", String(decoding: answer, as: UTF8.self))
        }
        if all { return ["list": object["value"] ?? []] }
        if let value = object["value"] as? [String: Any] { return value }
        return ["value": object["value"] ?? NSNull()]
    }

    /// A loopback port nobody listens on now (the kernel picks it; chromedriver takes it at once).
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw Failure.command("port", "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
