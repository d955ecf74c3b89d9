import { Daytona } from "@daytonaio/sdk";
import * as dotenv from "dotenv";
import * as path from "path";
dotenv.config({ path: path.join(__dirname, "../../.env") });
  if (!process.env.DAYTONA_API_KEY || !process.env.ANTHROPIC_API_KEY) {
    apiKey: process.env.DAYTONA_API_KEY,
const fs = require('fs');
        ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY,
