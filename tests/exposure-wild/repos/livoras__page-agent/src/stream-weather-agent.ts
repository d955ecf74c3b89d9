import { streamText, tool, stepCountIs } from "ai";
import { z } from "zod";
import { getModel } from "./models";
export { runStreamingWeatherAgent };
