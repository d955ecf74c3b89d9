import React from 'react';
import AIChat from '../../components/AIChat';

export default function StudentAIChat() {
  return (
    <div>
      <AIChat defaultModel="glm-4.5-flash" />
    </div>
  );
}


