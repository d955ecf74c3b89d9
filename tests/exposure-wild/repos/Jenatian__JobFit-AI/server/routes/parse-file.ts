import { Router, Request, Response } from "express";
import multer from "multer";
import mammoth from "mammoth";
  const { PDFParse } = await import("pdf-parse");
export { parseFileRouter };
