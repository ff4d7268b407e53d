from sunting.cli import run

run()
