import { useState } from 'react';
export default function ApiKeyModal({ deepseekKey, zhipuKey, onSave, onClose }) {
  const [zKey, setZKey] = useState(zhipuKey || '');
      zhipu: zKey.trim(),
            Em produção, prefira configurar DeepSeek e GLM no backend por variáveis de ambiente.
            <label className="modal-label" htmlFor="zhipu-key-input" style={{ margin: 0 }}>
              Chave API do Zhipu AI / GLM
              href="https://open.bigmodel.cn/usercenter/apikeys"
            id="zhipu-key-input"
