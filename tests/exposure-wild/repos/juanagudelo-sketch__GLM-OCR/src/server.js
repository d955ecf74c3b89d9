import express from "express";
import multer from "multer";
import fs from "fs";
import path from "path";
import { extraerTextoOCR } from "./services/ocrService.js";
import { extraerDatosFactura } from "./services/facturaService.js";
import { guardarFacturas } from "./services/dbService.js";
import { validarCoherencia } from "./services/coherenceValidator.js";
import { iniciarLog, log, guardarLog } from "./utils/logger.js";
import "./models/index.js"; // Cargar modelos para sincronización
  info: { title: "Factura OCR API", version: "1.0.0", description: "Extrae datos estructurados de facturas usando GLM-OCR + Gemini" },
  <script src="https://unpkg.com/swagger-ui-dist/swagger-ui-bundle.js"></script>
  <script>
  </script>
  // Renombrar con extensión correcta para que GLM-OCR lo detecte bien
    log("\n[1/3] Extrayendo texto con GLM-OCR...");
const PORT = process.env.PORT || 3000;
