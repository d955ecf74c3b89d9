import { useMemo, useState } from 'react';
import { formatFileSize } from '../../pdf/services/pdfExtractor';
export default function PreferencesPanel({
  zhipuAvailable,
    if (readHandwriting && !zhipuAvailable) missing.push('Zhipu AI');
      provider: 'glm-deepseek',
                  data-tooltip="Usa o detector local para enviar ao GLM só páginas com provável imagem, tabela complexa ou manuscrito."
                  data-tooltip="Envia todas as páginas ao GLM. Mais fiel, mas mais lento e caro."
