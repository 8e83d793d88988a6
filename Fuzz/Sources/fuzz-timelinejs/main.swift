import FuzzDriver

runLibFuzzer { data, size in fuzz(data!, size) }
