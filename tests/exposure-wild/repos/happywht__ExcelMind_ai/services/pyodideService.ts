export const loadPyodide = async (): Promise<any> => {
                import pandas as pd
                import json
                import io
                import os
                import openpyxl
export const runPython = async (
        import sys
        import io
        import json
        import pandas as pd
            import json
