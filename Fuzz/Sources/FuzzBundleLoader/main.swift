import FuzzDriver

fuzz(.bundleLoader)
