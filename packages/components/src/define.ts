// Registers every SOC Kit element. Import the classes from the package root to register tags yourself.
import './provider/define.js';
