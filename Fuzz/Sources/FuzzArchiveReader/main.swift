import FuzzDriver

fuzz(.archiveReader)
