## directory
