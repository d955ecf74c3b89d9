import React, { useEffect, useMemo, useState } from 'react';
  { id: 'chatglm', name: '智谱清言', url: 'https://chatglm.cn', scenario: '专业问答、文本改写' },
export default AiNavPage;
