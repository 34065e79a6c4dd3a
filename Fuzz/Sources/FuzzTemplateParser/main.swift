import FuzzDriver

fuzz(.templateParser)
