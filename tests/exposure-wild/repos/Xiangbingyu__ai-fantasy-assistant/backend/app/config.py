import os
from dotenv import load_dotenv

load_dotenv()

class Config:
    ZHIPU_API_KEY = os.getenv("ZHIPU_API_KEY", "__ZAI_KEY_20019__")
    SQLALCHEMY_DATABASE_URI = os.getenv(
        "DATABASE_URL",
        "postgresql://postgres:REDACTED@localhost:5432/ai-assistant"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False