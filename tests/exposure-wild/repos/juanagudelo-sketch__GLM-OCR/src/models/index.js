import Factura from "./Factura.js";
import ItemFactura from "./ItemFactura.js";

export { Factura, ItemFactura };
