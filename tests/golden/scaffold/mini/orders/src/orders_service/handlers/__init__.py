"""Lambda handlers of the orders service, one module per function in template.yaml."""
