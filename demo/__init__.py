"""Demo content as data files (demo/data/*.yaml) and the one loader that writes it."""
