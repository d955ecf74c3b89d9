import { serve } from "https://deno.land/std@0.208.0/http/server.ts";
import { serveDir } from "https://deno.land/std@0.208.0/http/file_server.ts";
import { WebSocketClient } from "./websocket/client.ts";
console.log("Environment variables:", Deno.env.toObject());
const API_KEY = Deno.env.get("ZHIPU_API_KEY");
  console.error("ZHIPU_API_KEY environment variable is required");
  throw new Error("ZHIPU_API_KEY environment variable is required");
const port = parseInt(Deno.env.get("PORT") || "8000");
