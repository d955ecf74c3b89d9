// src/App.tsx
import React from 'react';
import Home from './pages/Home';

const App: React.FC = () => {
  return (
    <div className="App">
      <Home />
    </div>
  );
};

export default App;
