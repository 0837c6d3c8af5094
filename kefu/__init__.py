"""The application: ``kefu-router``'s commands, which put the router (``router``) and the customer service
(``handlers``) together. The one package that imports both; neither imports it."""
