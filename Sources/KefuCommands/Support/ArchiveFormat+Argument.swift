import ArgumentParser
import KefuArchive

extension ArchiveFormat: ExpressibleByArgument {}
