import FuzzDriver

fuzz(.buyerText)
