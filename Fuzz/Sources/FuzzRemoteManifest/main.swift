import FuzzDriver

fuzz(.remoteManifest)
