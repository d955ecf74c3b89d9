import React from 'react';
import AIChat from '../components/AIChat';

export default function TeacherAIChat() {
  return (
    <div>
      <AIChat defaultModel="glm-4.5" />
    </div>
  );
}


