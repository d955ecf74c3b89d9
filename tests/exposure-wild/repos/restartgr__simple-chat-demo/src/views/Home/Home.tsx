import React from 'react';
import ChatBot from '../../components/ChatBot/ChatBot';

const HomeView: React.FC = () => {
  return <ChatBot />;
};

export default HomeView;
