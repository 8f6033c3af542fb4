// whole-site tests: to come
