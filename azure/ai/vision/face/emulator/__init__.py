# emulator: see issue 3
