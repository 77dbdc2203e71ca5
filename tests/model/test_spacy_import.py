"""spaCy is imported without pulling in PyTorch (a blank pipeline never needs it)."""

import subprocess
import sys


def test_when_the_screener_loads_then_torch_is_not_imported():
    code = "import sys, model.screen; model.screen.Screener.load(); print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
