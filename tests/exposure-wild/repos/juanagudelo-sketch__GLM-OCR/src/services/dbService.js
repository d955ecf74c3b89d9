import { Factura, ItemFactura } from "../models/index.js";
import sequelize from "../config/database.js";
export async function guardarFactura(factura, archivoOrigen = null) {
export async function guardarFacturas(facturas, archivoOrigen = null) {
