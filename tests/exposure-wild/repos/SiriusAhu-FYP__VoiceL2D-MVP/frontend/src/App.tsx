import { Live2DComponent } from './components/Live2DComponent';

function App() {
  return (
    <div className="App">
      <Live2DComponent />
    </div>
  );
}

export default App;