"""The benchmarks (bench/run, bench/load_test.py), and a Django app for their commands
(`manage.py seed_scale`) that settings install only with PORTAL_BENCH_APPS=1."""
