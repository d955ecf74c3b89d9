export function validarCoherencia(textoOCR, resultado) {
